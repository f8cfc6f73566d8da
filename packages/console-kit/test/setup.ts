// The set-up every component test shares (cleanup, waits fit for a shared machine).
import '../src/testing-setup.js';
