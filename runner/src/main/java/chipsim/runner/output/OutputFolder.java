package chipsim.runner.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks every --out gets before anything runs, so that a folder that cannot be written is
 * said at once, with the path and the fix, and not after a long run.
 */
public final class OutputFolder {

    /** Why a folder cannot be written; told to the user with exit status 2. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }

    private OutputFolder() {}

    /**
     * Checks that {@code target} can become a new folder: it does not exist or is an empty, writable
     * folder (a symbolic link to one counts as that folder), and its parent exists or can be made,
     * and is writable. Makes the parent when missing.
     *
     * @return the absolute path to write: the link's target for a symbolic link
     */
    public static Path checkNew(Path target) {
        return check(target, false);
    }

    /** As {@link #checkNew}, but a folder with files in it is accepted: a sweep folder to resume. */
    public static Path checkResumable(Path target) {
        return check(target, true);
    }

    private static Path check(Path target, boolean mayHoldFiles) {
        if (target.toString().isBlank()) {
            throw new Refused("--out is empty; give the name of the folder to write, e.g. --out runs/mine");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new Refused(target + " is a symbolic link to " + linkTarget(absolute)
                        + ", which is not a folder; give another --out, or make the folder it points to");
            }
            absolute = realPath(absolute);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(absolute)) {
                throw new Refused(target + " is a file, not a folder; give another --out, or remove the file first");
            }
            if (!mayHoldFiles && !isEmpty(absolute)) {
                throw new Refused(target + " already exists and is not empty; give another --out, or remove it first");
            }
            if (!ownerMayWrite(absolute) || !Files.isWritable(absolute)) {
                throw new Refused(target + " is read-only; make it writable (chmod u+w " + target
                        + ") or give another --out");
            }
        }
        Path parent = absolute.getParent();
        if (!Files.exists(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new Refused("cannot create " + target + ": cannot make its folder " + parent + " ("
                        + OutputProblems.reason(e) + "); give an --out in a folder you can write");
            }
        }
        if (!Files.isDirectory(parent)) {
            throw new Refused("cannot create " + target + ": " + parent + " is a file, not a folder; give another --out");
        }
        if (!ownerMayWrite(parent) || !Files.isWritable(parent)) {
            throw new Refused("cannot create " + target + ": " + parent + " is not writable; give an --out in a "
                    + "folder you can write, or make it writable (chmod u+w " + parent + ")");
        }
        return absolute;
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}... that does not exist. */
    public static Path firstFree(Path base) {
        Path candidate = base;
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = Path.of(base + "-" + i);
        }
        return candidate;
    }

    /** True for a folder with no entries; {@code ignored} names an entry that does not count. */
    public static boolean isEmpty(Path folder, String... ignored) {
        Set<String> skip = Set.of(ignored);
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> skip.contains(p.getFileName().toString()));
        } catch (IOException e) {
            throw new Refused("cannot read " + folder + " (" + OutputProblems.reason(e) + "); give another --out");
        }
    }

    /**
     * The permission bits, not only access(2): root may write anywhere, yet a folder its user made
     * read-only is a folder they meant to keep as it is.
     */
    private static boolean ownerMayWrite(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    private static Path realPath(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            throw new Refused("cannot follow the symbolic link " + link + " (" + OutputProblems.reason(e)
                    + "); give the folder itself as --out");
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing path";
        }
    }
}
