// The page numbers of a Word report's contents, worked out by docx laying out the pages as Word
// would, within a budget: past it they are left for Word to fill in, so a long report is written
// in time that grows with its size. Pure.
import { Paragraph, TableOfContents } from 'docx';
import type { PageNumberEstimator, Table } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

type Block = Paragraph | Table | TableOfContents;

// Lay out past what docx cannot yet lay out as Word does, with its best guess, so every entry of
// the table of contents has a page number (Word's "Update Table" makes them exact). Without
// docx's listNumbers: the headings carry their numbers in their text, not in Word's list
// numbering, so docx need not read the whole document once more to find them.
const guessing = estimatePageNumbersWith({ guess: true });
export const estimatePageNumbers: PageNumberEstimator = (body, context) => guessing(body, context);

/**
 * How big a document docx lays out, measured as the characters of every string it holds for the
 * content (text, and the names and values of its XML). docx's layout (9.15, docx/layout) takes
 * about 3 µs for each: the bundled example, 0.77 million, takes 4 seconds. And one of its steps
 * grows with the square of a paragraph's lines (linesThatFit adds up the heights of all the
 * lines before each line, for each page the paragraph runs onto): one note of 1 MiB took 214
 * seconds. Past either limit the contents are written without page numbers, for Word to fill in.
 */
export const PAGE_LAYOUT_BUDGET = { document: 1_500_000, paragraph: 50_000 } as const;

/** The size of a document's content, and of its longest paragraph, as PAGE_LAYOUT_BUDGET measures them. */
export function documentSize(content: readonly unknown[]): { document: number; paragraph: number } {
  let document = 0;
  let paragraph = 0;
  const seen = new Set<object>();
  const sizeOf = (root: unknown, paragraphs: boolean): number => {
    let size = 0;
    const stack: unknown[] = [root];
    while (stack.length) {
      const next = stack.pop();
      if (typeof next === 'string') size += next.length;
      else if (typeof next !== 'object' || next === null || seen.has(next)) continue;
      else if (paragraphs && next instanceof Paragraph) {
        seen.add(next);
        const own = sizeOf(Object.values(next), false);
        paragraph = Math.max(paragraph, own);
        size += own;
      } else {
        seen.add(next);
        for (const item of Array.isArray(next) ? next : Object.values(next)) stack.push(item);
      }
    }
    return size;
  };
  document = sizeOf(content, true);
  return { document, paragraph };
}

/**
 * The content to write and how to number its contents' pages: docx's layout within the budget;
 * past it none, with `note` (how to have Word number them) after the table of contents.
 */
export function pageLayout(
  content: Block[],
  note: Paragraph,
  budget: { document: number; paragraph: number } = PAGE_LAYOUT_BUDGET,
): { children: Block[]; pageNumbers: PageNumberEstimator | undefined } {
  const size = documentSize(content);
  if (size.document <= budget.document && size.paragraph <= budget.paragraph) return { children: content, pageNumbers: estimatePageNumbers };
  const toc = content.findIndex((block) => block instanceof TableOfContents);
  const children = toc === -1 ? content : [...content.slice(0, toc + 1), note, ...content.slice(toc + 1)];
  return { children, pageNumbers: undefined };
}
