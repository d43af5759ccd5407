import { mkdir, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { CleanImage } from './images.js';

export interface StoredFile {
  /** Path relative to the media folder, e.g. `0197…/1.jpg`. */
  path: string;
  image: CleanImage;
}

/** Photos on disk, one folder per report, written before the report commits and removed if it does not. */
export interface MediaStore {
  root: string;
  writeAll(reportId: string, images: CleanImage[]): Promise<StoredFile[]>;
  /** One more photo of an existing report, as `<reportId>/<ordinal>.<ext>`. */
  writeAt(reportId: string, image: CleanImage, ordinal: number): Promise<StoredFile>;
  removeFile(path: string): Promise<void>;
  removeReport(reportId: string): Promise<void>;
  absolute(path: string): string;
}

export function createMediaStore(root: string): MediaStore {
  return {
    root,
    async writeAll(reportId, images) {
      if (images.length === 0) return [];
      const dir = join(root, reportId);
      await mkdir(dir, { recursive: true });
      return Promise.all(
        images.map(async (image, i) => {
          const path = `${reportId}/${i + 1}.${image.extension}`;
          const tmp = join(root, `${path}.part`);
          await writeFile(tmp, image.data);
          await rename(tmp, join(root, path)); // never expose a half-written file
          return { path, image };
        }),
      );
    },
    async writeAt(reportId, image, ordinal) {
      await mkdir(join(root, reportId), { recursive: true });
      const path = `${reportId}/${ordinal}.${image.extension}`;
      await writeFile(join(root, `${path}.part`), image.data);
      await rename(join(root, `${path}.part`), join(root, path));
      return { path, image };
    },
    async removeFile(path) {
      await rm(join(root, path), { force: true });
    },
    async removeReport(reportId) {
      await rm(join(root, reportId), { recursive: true, force: true });
    },
    absolute(path) {
      return join(root, path);
    },
  };
}
