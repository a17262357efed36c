package org.backhabit.progress.prompt;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "prompt")
public class PromptRow {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    public String type;
    @Column(name = "period_key")
    public String periodKey;
    public String severity;
    /** The English wording (prompts stored before message keys existed have only this). */
    public String title;
    public String message;
    /** What the prompt says, as a stable key and its parameters; worded per language when read. */
    @Column(name = "message_key")
    public String messageKey;
    @Convert(converter = JsonParams.class)
    @ColumnTransformer(write = "?::jsonb")
    public Map<String, Object> params;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "dismissed_at")
    public Instant dismissedAt;
}
