/** The environment variables the terminal helpers read (a subset of the process's). */
export type Env = Readonly<Record<string, string | undefined>>;
