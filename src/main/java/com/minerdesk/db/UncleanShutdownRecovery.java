package com.minerdesk.db;

import java.nio.file.Files;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the last commits of a process that was killed, before H2 opens the file.
 *
 * <p>Each commit (WRITE_DELAY=0) writes a chunk, often into space freed earlier in the file. After an
 * unclean shutdown H2 looks for the newest chunk from the file header, following each chunk's guess
 * of where the next one goes, and from the end of the file. When a chunk does not land where its
 * predecessor guessed, H2 2.5 rewrites the header, but with the predecessor as the newest chunk (it
 * updates its "last chunk" only after writing the header), so that chunk and every commit chained
 * after it are invisible to the quick search until the header is written again (at the latest 20
 * versions later). A process killed in between came back without its last acknowledged saves,
 * although their bytes were in the file. Opening the store once in MVStore's recovery mode scans
 * every chunk, takes the newest one whose chunks are all intact, and closing it writes a header that
 * names it; then H2 opens the file as after a clean shutdown.
 *
 * <p>Only after an unclean shutdown: H2 removes the lock file when it closes the database. A file
 * that another process has open is left alone (that process is the one serving it).
 */
final class UncleanShutdownRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(UncleanShutdownRecovery.class);

    private UncleanShutdownRecovery() {
    }

    static void recoverIfNeeded(H2File db) {
        if (!Files.exists(db.lockFile()) || !Files.isRegularFile(db.dataFile())) {
            return;
        }
        String file = db.dataFile().toString();
        long normally;
        try (MVStore asFound = new MVStore.Builder().fileName(file).readOnly().open()) {
            normally = asFound.getCurrentVersion();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return;
            }
            throw e;
        }
        try (MVStore recovered = new MVStore.Builder().fileName(file).autoCommitDisabled().recoveryMode().open()) {
            long version = recovered.getCurrentVersion();
            if (version > normally) {
                LOG.warn("The database was not closed cleanly; recovered {} commits that the file header did not reach "
                        + "(version {} instead of {})", version - normally, version, normally);
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                throw e;
            }
        }
    }
}
