/** Whether the live stream is flowing; shown in the header so staff know the feed is current. */
export type StreamStatus = 'connecting' | 'live' | 'offline';

export interface StreamState {
  status: StreamStatus;
}

export const initialStream: StreamState = { status: 'connecting' };

export function streamStatusChanged(state: StreamState, payload: { status: StreamStatus }): StreamState {
  return state.status === payload.status ? state : { status: payload.status };
}
