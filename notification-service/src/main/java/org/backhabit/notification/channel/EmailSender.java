package org.backhabit.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.backhabit.notification.config.NotificationConfig;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.DeliveryEntity;
import org.backhabit.notification.repository.NotificationEntity;

import java.util.Properties;

/**
 * Mails plain text and HTML over SMTP, with a one-click unsubscribe (RFC 8058) and a Message-ID
 * derived from the delivery, so a retry that reaches the server twice is recognisably the same mail.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    @Inject
    NotificationConfig config;

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public SendResult send(DeliveryEntity delivery, ChannelEntity channel) {
        try {
            Transport.send(message(delivery, channel));
            return SendResult.DELIVERED;
        } catch (MessagingException e) {
            return SendResult.retry("SMTP: " + e.getMessage());
        }
    }

    private MimeMessage message(DeliveryEntity delivery, ChannelEntity channel) throws MessagingException {
        NotificationEntity n = delivery.notification;
        String unsubscribe = config.publicUrl() + "/notifications/unsubscribe/" + channel.unsubscribeToken;
        MimeMessage message = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + delivery.id + "@backhabit>");
            }
        };
        message.setFrom(new InternetAddress(config.email().from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(channel.target));
        message.setSubject(n.subject, "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(n.message + "\n\n--\nStop these e-mails: " + unsubscribe + "\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<!doctype html><html><body><h1>" + escape(n.subject) + "</h1><p>" + escape(n.message)
                + "</p><p style=\"font-size:small\"><a href=\"" + escape(unsubscribe) + "\">Stop these e-mails</a></p></body></html>",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        return message;
    }

    private Session session() {
        NotificationConfig.Email email = config.email();
        Properties props = new Properties();
        props.put("mail.smtp.host", email.smtpHost());
        props.put("mail.smtp.port", Integer.toString(email.smtpPort()));
        props.put("mail.smtp.connectiontimeout", Long.toString(email.timeout().toMillis()));
        props.put("mail.smtp.timeout", Long.toString(email.timeout().toMillis()));
        props.put("mail.smtp.writetimeout", Long.toString(email.timeout().toMillis()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(email.starttls()));
        if (email.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = email.username().get();
            String password = email.password().orElse("");
            return Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
