/** Hands a file to the browser as a download (a CSV built by the API, a document fetched with the user's token). */
export function saveFile(content: Blob, fileName: string): void {
  const href = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** A CSV text as a UTF-8 file. */
export const saveCsv = (text: string, fileName: string) => saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
