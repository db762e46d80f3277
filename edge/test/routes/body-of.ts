/** A response's JSON for assertions; toEqual/toMatchObject check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function bodyOf(res: Response): Promise<any> {
  return res.json();
}
