package org.rapidstart.demo.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SMTP server and the mails it received. GreenMail keeps mails in memory only, so each received mail is
 * written to {@code <directory>/<millis>-<hash>.eml} within a second and read back from there at the next start: the
 * mailbox keeps its mails across restarts of the demo, like the database does.
 */
public final class MailStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailStore.class);

	private static final Pattern ID = Pattern.compile("\\d{1,19}-[0-9a-f]{16}");

	private final GreenMail greenMail;

	private final Path directory;

	private final Session session = Session.getInstance(new Properties());

	// by id (which starts with the receive time): one entry per mail, however many recipients it had
	private final Map<String, StoredMail> mails = new TreeMap<>();

	// GreenMail keeps a copy per recipient and until purged: what we already stored, by Message-ID or content hash
	private final Set<String> stored = new HashSet<>();

	private final ScheduledExecutorService syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mailbox-sync");
		thread.setDaemon(true);
		return thread;
	});

	private MailStore(GreenMail greenMail, Path directory) {
		this.greenMail = greenMail;
		this.directory = directory;
	}

	/** Starts an SMTP server on the loopback interface and loads the mails stored by earlier runs. */
	public static MailStore start(int smtpPort, Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the mail folder " + directory, ex);
		}
		GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		MailStore store = new MailStore(greenMail, directory);
		store.load();
		greenMail.start();
		// poll rather than hook into GreenMail internals: a second's delay is invisible to a person
		store.syncer.scheduleWithFixedDelay(store::syncQuietly, 1, 1, TimeUnit.SECONDS);
		return store;
	}

	/** Every mail received so far, newest first. */
	public synchronized List<StoredMail> messages() {
		sync();
		List<StoredMail> newestFirst = new ArrayList<>(this.mails.values());
		newestFirst.sort(Comparator.comparing(StoredMail::receivedAt).thenComparing(StoredMail::id).reversed());
		return newestFirst;
	}

	public synchronized Optional<StoredMail> message(String id) {
		sync();
		return Optional.ofNullable(this.mails.get(id));
	}

	/** Forgets every mail, in memory and on disk. */
	public synchronized void deleteAll() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not empty the SMTP server's mailboxes", ex);
		}
		this.stored.clear();
		for (String id : this.mails.keySet()) {
			try {
				Files.deleteIfExists(file(id));
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file(id), ex);
			}
		}
		this.mails.clear();
	}

	@Override
	public synchronized void close() {
		this.syncer.shutdownNow();
		// a mail that arrived in the last second is stored too
		syncQuietly();
		this.greenMail.stop();
	}

	private void load() {
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".eml")).toList()) {
				String id = file.getFileName().toString().replaceFirst("\\.eml$", "");
				if (!ID.matcher(id).matches()) {
					continue;
				}
				try (InputStream in = Files.newInputStream(file)) {
					this.mails.put(id, read(id, new MimeMessage(this.session, in)));
				}
				catch (IOException | MessagingException | RuntimeException ex) {
					log.warn("Skipping unreadable mail {}", file, ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the mail folder " + this.directory, ex);
		}
	}

	private synchronized void syncQuietly() {
		try {
			sync();
		}
		catch (RuntimeException ex) {
			log.warn("Could not store received mails", ex);
		}
	}

	private void sync() {
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			try {
				byte[] raw = rawBytes(message);
				String hash = sha256(raw);
				String messageId = message.getMessageID();
				if (!this.stored.add((messageId != null) ? messageId : hash)) {
					continue;
				}
				String id = System.currentTimeMillis() + "-" + hash.substring(0, 16);
				Files.write(file(id), raw, StandardOpenOption.CREATE_NEW);
				this.mails.put(id, read(id, message));
			}
			catch (IOException | MessagingException ex) {
				log.warn("Could not store a received mail", ex);
			}
		}
	}

	private Path file(String id) {
		return this.directory.resolve(id + ".eml");
	}

	private static StoredMail read(String id, MimeMessage message) throws MessagingException, IOException {
		Instant receivedAt = Instant.ofEpochMilli(Long.parseLong(id.substring(0, id.indexOf('-'))));
		String body = text(message);
		return new StoredMail(id, addresses(message.getFrom()), addresses(message.getRecipients(RecipientType.TO)),
				(message.getSubject() != null) ? message.getSubject() : "(no subject)", (body != null) ? body : "",
				receivedAt);
	}

	/** The plain-text part when there is one (what a person reads), otherwise the HTML part as text. */
	private static @Nullable String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("text/html")) {
			return LinkedText.fromHtml(String.valueOf(part.getContent()));
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					continue;
				}
				if (child.isMimeType("text/html")) {
					html = (html != null) ? html : text(child);
					continue;
				}
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
			return html;
		}
		return null;
	}

	private static String addresses(Address @Nullable [] addresses) {
		if (addresses == null) {
			return "";
		}
		List<String> shown = new ArrayList<>();
		for (Address address : addresses) {
			shown.add((address instanceof InternetAddress internet) ? internet.toUnicodeString() : address.toString());
		}
		return String.join(", ", shown);
	}

	private static byte[] rawBytes(MimeMessage message) throws IOException, MessagingException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
