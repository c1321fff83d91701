package chipsim.runner.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an input/output error into a sentence for the user: the path, what went wrong in words,
 * and what to do, instead of a Java exception's class name.
 */
public final class OutputProblems {

    private OutputProblems() {}

    /** The error's cause in words, without the path: "permission denied", "the disk is full". */
    public static String reason(IOException e) {
        String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String text = message == null ? "" : message;
        if (e instanceof AccessDeniedException || text.contains("Permission denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it exists already";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (text.contains("No space left")) {
            return "the disk is full";
        }
        if (text.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (text.contains("Disk quota exceeded")) {
            return "the disk quota is used up";
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text;
    }

    /** The whole message for an I/O error that ended a command, or null for any other error. */
    public static String describe(Throwable error) {
        IOException e = error instanceof UncheckedIOException u ? u.getCause()
                : error instanceof IOException io ? io : null;
        if (e == null) {
            return null;
        }
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        String reason = reason(e);
        String fix = reason.equals("the disk is full") || reason.equals("the disk quota is used up")
                ? "free some space, or give an --out on another disk"
                : reason.equals("permission denied") || reason.equals("the file system is read-only")
                ? "give an --out in a folder you can write, or change its permissions"
                : "check the path, or give another --out";
        return (file == null ? "an input/output error: " : "cannot write " + file + ": ") + reason + "; " + fix;
    }
}
