// Asynchronous boundary: the shared singletons are negotiated with Module Federation before
// any code that imports them runs.
import('./bootstrap');
