// Placeholder so the skeleton builds; the CLI stage replaces this file.
return 0;
