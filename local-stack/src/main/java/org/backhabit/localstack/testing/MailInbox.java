package org.backhabit.localstack.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Reads a mailbox over IMAP, the way a mail client would. */
public final class MailInbox {

    /** One received mail: subject, every header (first value per name) and its parts by content type. */
    public record Mail(String subject, Map<String, String> headers, Map<String, String> parts) {
    }

    private MailInbox() {
    }

    public static List<Mail> read(int imapPort, String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", imapPort, address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    Map<String, String> headers = new HashMap<>();
                    for (var header : java.util.Collections.list(message.getAllHeaders())) {
                        headers.putIfAbsent(header.getName(), header.getValue());
                    }
                    Map<String, String> parts = new HashMap<>();
                    collect(message, parts);
                    mails.add(new Mail(message.getSubject(), headers, parts));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the inbox of " + address + ": " + e.getMessage(), e);
        }
    }

    private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else {
            String type = Arrays.stream(part.getContentType().split(";")).findFirst().orElse("").trim().toLowerCase();
            parts.put(type, String.valueOf(content));
        }
    }
}
