// The set-up every component test shares (cleanup, waits fit for a shared machine).
import '@qualipref/console-kit/testing/setup';
