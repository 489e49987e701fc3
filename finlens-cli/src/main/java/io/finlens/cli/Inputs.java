package io.finlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading input files for the commands: a clear message for what cannot be read. */
final class Inputs {
    private Inputs() {
    }

    /** The bytes of a file, or throws with a message naming the file and the reason. */
    static byte[] read(Path p) throws IOException {
        if (!Files.exists(p)) throw new IOException(p + ": no such file");
        if (Files.isDirectory(p)) throw new IOException(p + ": is a directory");
        if (!Files.isReadable(p)) throw new IOException(p + ": not readable");
        byte[] b = Files.readAllBytes(p);
        if (b.length == 0) throw new IOException(p + ": empty file");
        boolean blank = true;
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') { blank = false; break; }
        if (blank) throw new IOException(p + ": contains only white space");
        return b;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
