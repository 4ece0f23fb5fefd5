import { access } from 'node:fs/promises';

/** Whether something is at this path (a file, a folder, anything the user would overwrite). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
