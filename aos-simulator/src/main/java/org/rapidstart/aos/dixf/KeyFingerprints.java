package org.rapidstart.aos.dixf;

/**
 * First line per natural key, held as 64-bit fingerprints in two primitive arrays: 1M keys cost ~32 MB
 * instead of ~150 MB of strings. A fingerprint match is only a candidate duplicate; the SQL that records it
 * compares the real keys, so a (vanishingly rare) collision never fails a good row.
 */
final class KeyFingerprints {

	private long[] keys = new long[1 << 12];

	private long[] firstLines = new long[1 << 12];

	private int size;

	/** Remembers the key at {@code line}; returns the line it was first seen on, or -1 if it is new. */
	long firstLineOrAdd(String key, long line) {
		long fingerprint = fingerprint(key);
		int mask = this.keys.length - 1;
		int slot = (int) (mix(fingerprint) & mask);
		while (this.keys[slot] != 0) {
			if (this.keys[slot] == fingerprint) {
				return this.firstLines[slot];
			}
			slot = (slot + 1) & mask;
		}
		this.keys[slot] = fingerprint;
		this.firstLines[slot] = line;
		if (++this.size * 2 > this.keys.length) {
			grow();
		}
		return -1;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		long[] oldLines = this.firstLines;
		this.keys = new long[oldKeys.length * 2];
		this.firstLines = new long[oldKeys.length * 2];
		int mask = this.keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = (int) (mix(oldKeys[i]) & mask);
				while (this.keys[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = oldKeys[i];
				this.firstLines[slot] = oldLines[i];
			}
		}
	}

	/** 64-bit FNV-1a over the UTF-16 chars; 0 is reserved for "empty slot". */
	static long fingerprint(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash == 0 ? 1 : hash;
	}

	private static long mix(long value) {
		long h = value * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

}
