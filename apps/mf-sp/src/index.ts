// Asynchronous boundary: the shared singletons (React, Apollo Client…) are negotiated with
// Module Federation before any code that imports them runs.
import('./standalone');
