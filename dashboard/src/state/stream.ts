/** Whether the live stream is flowing; shown in the header so staff know the feed is current. */
export type StreamStatus = 'connecting' | 'live' | 'offline';

export interface StreamState {
  status: StreamStatus;
  /** Report events received so far: figures computed by the server refetch when it moves. */
  events: number;
}

export const initialStream: StreamState = { status: 'connecting', events: 0 };

export function streamStatusChanged(state: StreamState, payload: { status: StreamStatus }): StreamState {
  return state.status === payload.status ? state : { ...state, status: payload.status };
}

export function streamEventSeen(state: StreamState): StreamState {
  return { ...state, events: state.events + 1 };
}
