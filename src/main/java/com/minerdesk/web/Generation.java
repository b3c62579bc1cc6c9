package com.minerdesk.web;

/**
 * What a cached page depends on besides its address: the content version (bumped by every write),
 * the templates' modification stamp (0 when they come from the jar), and the minute of the app's
 * clock, so that content which changes with time alone (a week completing, something scheduled)
 * is at most a minute old.
 */
record Generation(long contentVersion, long sourceStamp, long minute) {
}
