#!/usr/bin/env node
// The published `successkit` binary: runs the built CLI.
import '../dist/cli/main.js';
