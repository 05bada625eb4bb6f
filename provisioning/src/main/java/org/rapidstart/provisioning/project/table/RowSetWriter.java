package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows of a new row set with PostgreSQL's binary COPY, in a transaction of its own that commits only when
 * every row is written ({@link #commit}); {@link #abandon} rolls it back, so an import that fails or is cancelled
 * leaves no row behind. Binary, because the cells then need no escaping and the server parses them fastest. Rows are
 * encoded straight into one buffer that goes to the server whenever it holds {@value #SEND_FROM} bytes.
 * <p>
 * A set with a table of its own ({@link RowStore#hasOwnTable}) gets the table in the same transaction, without an
 * index while the rows stream in (COPY then also writes them frozen and visible to all, as a vacuum would leave
 * them); its primary key is built once at the end, which costs PostgreSQL far less than a million single inserts
 * into the index. A rollback takes the table with it.
 */
final class RowSetWriter implements AutoCloseable {

	private static final char SEPARATOR = Cells.SEPARATOR;

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	/** A row's field count and the lengths and values of row_set and row_no, then the cells' length. */
	private static final int ROW_HEADER = 2 + 4 + 8 + 4 + 4 + 4;

	private static final int SEND_FROM = 1 << 16;

	private final Connection connection;

	private final CopyIn copy;

	private final long rowSet;

	/** The set's own table, if it has one. */
	private final @Nullable String ownTable;

	/** Encoded rows not sent yet, {@link #used} bytes of it. */
	private byte[] buffer = new byte[SEND_FROM * 2];

	private int used;

	private boolean open = true;

	RowSetWriter(DataSource dataSource, long rowSet) throws SQLException {
		this.rowSet = rowSet;
		this.connection = dataSource.getConnection();
		try {
			this.connection.setAutoCommit(false);
			String table = "project_table_row";
			String options = "FORMAT binary";
			if (RowStore.hasOwnTable(rowSet)) {
				table = RowStore.ownTable(rowSet);
				try (Statement create = this.connection.createStatement()) {
					// the CHECK lets the partition be attached without reading its rows to prove they belong there
					create.execute("create table " + table + " (like project_table_row including defaults, check ("
							+ "row_set >= " + rowSet + " and row_set < " + (rowSet + 1) + "))");
				}
				options += ", FREEZE";
			}
			this.ownTable = RowStore.hasOwnTable(rowSet) ? table : null;
			this.copy = this.connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (row_set, row_no, cells) FROM STDIN (" + options + ")");
			System.arraycopy(SIGNATURE, 0, this.buffer, 0, SIGNATURE.length);
			// no flags, no header extension
			this.used = SIGNATURE.length + 8;
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.close();
			throw ex;
		}
	}

	void write(int rowNo, String cells) throws IOException {
		int start = this.used;
		row(rowNo, start, append(start + ROW_HEADER, cells));
	}

	/**
	 * Writes a row given as cells by column ({@code cells[positions[i]]} is the cell of the stored field {@code i},
	 * none where the position is negative), cleaned and joined exactly as {@link Cells#encode} does, but straight
	 * into the buffer: no map and no string per row.
	 */
	void write(int rowNo, @Nullable String[] cells, int[] positions) throws IOException {
		int start = this.used;
		int p = start + ROW_HEADER;
		for (int i = 0; i < positions.length; i++) {
			if (i > 0) {
				p = append(p, SEPARATOR);
			}
			String cell = positions[i] < 0 ? null : Cells.clean(cells[positions[i]]);
			if (cell != null) {
				p = append(p, cell);
			}
		}
		row(rowNo, start, p);
	}

	/** Puts the header in front of the row's cells at {@code start}, up to {@code end}; sends a full buffer. */
	private void row(int rowNo, int start, int end) throws IOException {
		byte[] b = this.buffer;
		int p = start;
		p = putShort(b, p, 3);
		p = putInt(b, p, 8);
		p = putInt(b, p, (int) (this.rowSet >>> 32));
		p = putInt(b, p, (int) this.rowSet);
		p = putInt(b, p, 4);
		p = putInt(b, p, rowNo);
		putInt(b, p, end - start - ROW_HEADER);
		this.used = end;
		if (this.used >= SEND_FROM) {
			send();
		}
	}

	private void send() throws IOException {
		try {
			this.copy.writeToCopy(this.buffer, 0, this.used);
		}
		catch (SQLException ex) {
			throw new IOException("The rows could not be written", ex);
		}
		this.used = 0;
	}

	private static int putShort(byte[] b, int p, int value) {
		b[p] = (byte) (value >>> 8);
		b[p + 1] = (byte) value;
		return p + 2;
	}

	private static int putInt(byte[] b, int p, int value) {
		b[p] = (byte) (value >>> 24);
		b[p + 1] = (byte) (value >>> 16);
		b[p + 2] = (byte) (value >>> 8);
		b[p + 3] = (byte) value;
		return p + 4;
	}

	/** Room for {@code more} bytes after {@code p} (a long row grows the buffer). */
	private void room(int p, int more) {
		if (this.buffer.length < p + more) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(p + more, this.buffer.length * 2));
		}
	}

	/** Appends the text as UTF-8 at {@code p}; the new end. */
	private int append(int p, String text) {
		room(p, text.length() * 3 + ROW_HEADER);
		byte[] b = this.buffer;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				b[p++] = (byte) c;
			}
			else if (c < 0x800) {
				b[p++] = (byte) (0xc0 | (c >> 6));
				b[p++] = (byte) (0x80 | (c & 0x3f));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, text.charAt(++i));
				b[p++] = (byte) (0xf0 | (cp >> 18));
				b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
				b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
				b[p++] = (byte) (0x80 | (cp & 0x3f));
			}
			else {
				// a lone surrogate is not text: written as U+FFFD, as String.getBytes would
				int cp = Character.isSurrogate(c) ? 0xfffd : c;
				b[p++] = (byte) (0xe0 | (cp >> 12));
				b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
				b[p++] = (byte) (0x80 | (cp & 0x3f));
			}
		}
		return p;
	}

	private int append(int p, char ascii) {
		room(p, 1 + ROW_HEADER);
		this.buffer[p] = (byte) ascii;
		return p + 1;
	}

	/** Ends the COPY and commits: the rows exist, still invisible until a question points at their set. */
	void commit() throws IOException, SQLException {
		room(this.used, 2);
		this.used = putShort(this.buffer, this.used, -1);
		send();
		this.copy.endCopy();
		if (this.ownTable != null) {
			try (Statement index = this.connection.createStatement()) {
				index.execute("alter table " + this.ownTable + " add primary key (row_set, row_no)");
			}
		}
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
