/**
 * A view's heading; it takes the focus when the view opens, so keyboard and screen-reader users land
 * on it. The frame may hand it an action for the view (HeadingAction), shown on the heading's line,
 * where a person looks for what a view can do; the views themselves stay unaware of it.
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

export function ViewHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  const action = useContext(HeadingAction);
  // In the commit itself, not after paint: a person (or a test) who starts typing in the new view
  // at once must not have the focus pulled away to the heading mid-word.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
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
