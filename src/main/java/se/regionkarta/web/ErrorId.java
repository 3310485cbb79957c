package se.regionkarta.web;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names one unexpected failure: eight hex digits, shown to the person it happened to and written
 * beside the stack trace in the log, so that a report ("error id 3f2a9c1b") leads to the trace
 * without showing anyone the program's insides. Random rather than counted: ids from several
 * processes (the server, commands) never collide in a way that matters, and say nothing about load.
 */
public final class ErrorId {

    private ErrorId() {
    }

    /** Returns a new id, for example {@code 3f2a9c1b}. */
    public static String next() {
        return String.format("%08x", ThreadLocalRandom.current().nextInt());
    }
}
