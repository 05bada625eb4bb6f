package org.rapidstart.provisioning.project.table;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes rows of a new row set with PostgreSQL's binary COPY, in a transaction of its own that commits only when
 * every row is written ({@link #commit}); {@link #abandon} rolls it back, so an import that fails or is cancelled
 * leaves no row behind. Binary, because the cells then need no escaping and the server parses them fastest.
 */
final class RowSetWriter implements AutoCloseable {

	private static final char SEPARATOR = Cells.SEPARATOR;

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private final Connection connection;

	private final PGCopyOutputStream copy;

	private final DataOutputStream out;

	private final long rowSet;

	private byte[] bytes = new byte[1024];

	private long rows;

	private boolean open = true;

	RowSetWriter(DataSource dataSource, long rowSet) throws SQLException, IOException {
		this.rowSet = rowSet;
		this.connection = dataSource.getConnection();
		try {
			this.connection.setAutoCommit(false);
			this.copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
					"COPY project_table_row (row_set, row_no, cells) FROM STDIN (FORMAT binary)", 1 << 16);
			this.out = new DataOutputStream(this.copy);
			this.out.write(SIGNATURE);
			this.out.writeInt(0);
			this.out.writeInt(0);
		}
		catch (SQLException | IOException | RuntimeException ex) {
			this.connection.close();
			throw ex;
		}
	}

	void write(int rowNo, String cells) throws IOException {
		row(rowNo, append(0, cells));
	}

	/**
	 * Writes a row given as cells by column ({@code cells[positions[i]]} is the cell of the stored field {@code i},
	 * none where the position is negative), cleaned and joined exactly as {@link Cells#encode} does, but straight
	 * into the buffer: no map and no string per row.
	 */
	void write(int rowNo, @Nullable String[] cells, int[] positions) throws IOException {
		int length = 0;
		for (int i = 0; i < positions.length; i++) {
			if (i > 0) {
				length = append(length, SEPARATOR);
			}
			String cell = positions[i] < 0 ? null : Cells.clean(cells[positions[i]]);
			if (cell != null) {
				length = append(length, cell);
			}
		}
		row(rowNo, length);
	}

	private void row(int rowNo, int length) throws IOException {
		this.out.writeShort(3);
		this.out.writeInt(8);
		this.out.writeLong(this.rowSet);
		this.out.writeInt(4);
		this.out.writeInt(rowNo);
		this.out.writeInt(length);
		this.out.write(this.bytes, 0, length);
		this.rows++;
	}

	/** Appends the text as UTF-8 to the reusable buffer at {@code p}, without a new array per row; the new end. */
	private int append(int p, String text) {
		int max = p + text.length() * 3;
		if (this.bytes.length < max) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(max, this.bytes.length * 2));
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				this.bytes[p++] = (byte) c;
			}
			else if (c < 0x800) {
				this.bytes[p++] = (byte) (0xc0 | (c >> 6));
				this.bytes[p++] = (byte) (0x80 | (c & 0x3f));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, text.charAt(++i));
				this.bytes[p++] = (byte) (0xf0 | (cp >> 18));
				this.bytes[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
				this.bytes[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
				this.bytes[p++] = (byte) (0x80 | (cp & 0x3f));
			}
			else {
				// a lone surrogate is not text: written as U+FFFD, as String.getBytes would
				int cp = Character.isSurrogate(c) ? 0xfffd : c;
				this.bytes[p++] = (byte) (0xe0 | (cp >> 12));
				this.bytes[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
				this.bytes[p++] = (byte) (0x80 | (cp & 0x3f));
			}
		}
		return p;
	}

	private int append(int p, char ascii) {
		if (this.bytes.length <= p) {
			this.bytes = Arrays.copyOf(this.bytes, this.bytes.length * 2);
		}
		this.bytes[p] = (byte) ascii;
		return p + 1;
	}

	long rows() {
		return this.rows;
	}

	/** Ends the COPY and commits: the rows exist, still invisible until a question points at their set. */
	void commit() throws IOException, SQLException {
		this.out.writeShort(-1);
		this.out.flush();
		this.copy.endCopy();
		this.connection.commit();
		release();
	}

	/** Stops writing and rolls back whatever was written; nothing of the set remains. */
	void abandon() {
		if (!this.open) {
			return;
		}
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the connection is rolled back and returned below either way
		}
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			// a broken connection has no transaction left to roll back
		}
		release();
	}

	boolean isOpen() {
		return this.open;
	}

	/** Rolls back unless {@link #commit} came first. */
	@Override
	public void close() {
		abandon();
	}

	private void release() {
		this.open = false;
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			// the pool discards a broken connection
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// nothing left to do
		}
	}

}
