package com.minerdesk.web;

/**
 * What a cached page depends on besides its address: the content version (bumped by every write),
 * the templates' modification stamp (0 when they come from the jar), and the step of the app's clock
 * ({@link PageCache#CLOCK_STEP_MILLIS}), so that content which changes with time alone (a week
 * completing, a scheduled write-up) is at most one step old. Steps start at whole multiples of ten
 * seconds and publication times are whole minutes, so a scheduled write-up appears at its time exactly.
 */
record Generation(long contentVersion, long sourceStamp, long clockStep) {
}
