package org.mitosis.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random damage to a small valid input, for fuzz tests: byte deletions, duplications and
 * flips, truncation, swapped fields and inserted garbage (NaN, huge numbers, separators).
 */
final class Mutator {

    private static final String[] GARBAGE = {"NaN", "-NaN", "Infinity", "1e308", "1e400", "-1", "-0",
        "99999999999", "2147483648", "", ",", ";", "\n", "\r\n", " ", "\t", "x", "\"", "0x10", "1.5", "#", "\u00e9"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three random mutations of {@code input}. */
    byte[] mutate(byte[] input) {
        byte[] out = input;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return garbage().getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(in.length);
        int len = 1 + random.nextInt(Math.min(8, in.length - at));
        switch (random.nextInt(6)) {
            case 0:
                return concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + len, in.length));
            case 1:
                return concat(Arrays.copyOf(in, at + len), Arrays.copyOfRange(in, at, in.length));
            case 2:
                byte[] flipped = in.clone();
                flipped[at] = (byte) random.nextInt(256);
                return flipped;
            case 3:
                return Arrays.copyOf(in, at);
            case 4:
                return swapFields(in);
            default:
                byte[] g = garbage().getBytes(StandardCharsets.UTF_8);
                return concat(concat(Arrays.copyOf(in, at), g), Arrays.copyOfRange(in, at, in.length));
        }
    }

    private String garbage() {
        return GARBAGE[random.nextInt(GARBAGE.length)];
    }

    /** Swaps two fields of one line (fields split at commas or blanks). */
    private byte[] swapFields(byte[] in) {
        String[] lines = new String(in, StandardCharsets.ISO_8859_1).split("\n", -1);
        int l = random.nextInt(lines.length);
        String sep = lines[l].contains(",") ? "," : " ";
        String[] f = lines[l].split(sep, -1);
        if (f.length >= 2) {
            int a = random.nextInt(f.length);
            int b = random.nextInt(f.length);
            String t = f[a];
            f[a] = f[b];
            f[b] = t;
            lines[l] = String.join(sep, f);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
