/**
 * A view's heading; it takes the focus when the view opens, so keyboard and screen-reader users land
 * on it. The frame may hand it an action for the view (HeadingAction), shown on the heading's line,
 * where a person looks for what a view can do; the views themselves stay unaware of it; and tells it
 * whether its view is the one the pane opened with (OpenedWithPane).
 */
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
    outlineStyle: 'none',
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
});

export const HeadingAction = createContext<ReactNode>(null);

/** Whether the view is the pane's first, shown as the pane opened rather than by a navigation. */
export const OpenedWithPane = createContext(false);

/** The focus is nowhere in particular: nothing took it since the page loaded. */
const focusIsFree = () => document.activeElement === null || document.activeElement === document.body;

export function ViewHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  const action = useContext(HeadingAction);
  const withPane = useContext(OpenedWithPane);
  // After a navigation in the commit itself, not after paint: a person (or a test) who starts
  // typing in the new view at once must not have the focus pulled away to the heading mid-word.
  // The pane's first view takes it once the view is painted, and only if nothing took it by then:
  // a focus in the commit makes the browser lay out the page before its first paint (about 100 ms
  // of the demo's first view, bench/frontend.bench.mjs), and nobody has typed into it yet.
  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading) return undefined;
    if (!withPane) {
      heading.focus();
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (focusIsFree()) heading.focus();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [withPane]);
  const heading = (
    <h2 ref={ref} tabIndex={-1} className={styles.heading}>
      {children}
    </h2>
  );
  if (!action) return heading;
  return (
    <div className={styles.bar}>
      {heading}
      {action}
    </div>
  );
}
