-- DSR Desk schema version 10 (PostgreSQL): other desks hear of a change. Every committed change of
-- a member, a request, its workflow rows or a letter sends a notice on the channel dsr_changes
-- ("request:ID", "letter:ID", "member:ID"); the window listens (LISTEN, through Qt's
-- QSqlDriver::subscribeToNotification) and refreshes its lists and open requests. PostgreSQL
-- delivers the notices at commit, once per distinct payload, and never for a rolled-back change.

CREATE FUNCTION dsr_notice_self() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dsr_changes', TG_ARGV[0] || ':' || NEW.id);
    RETURN NULL;
END;
$$;

CREATE FUNCTION dsr_notice_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('dsr_changes', 'request:' || OLD.request_id);
    ELSE
        PERFORM pg_notify('dsr_changes', 'request:' || NEW.request_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER members_notice AFTER INSERT OR UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_self('member');
CREATE TRIGGER requests_notice AFTER INSERT OR UPDATE ON requests
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_self('request');
CREATE TRIGGER letters_notice AFTER INSERT OR UPDATE ON letters
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_self('letter');
CREATE TRIGGER letters_request_notice AFTER INSERT OR UPDATE ON letters
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER approval_steps_notice AFTER INSERT OR UPDATE OR DELETE ON approval_steps
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER decisions_notice AFTER INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER amendments_notice AFTER INSERT OR UPDATE ON amendments
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER inquiries_notice AFTER INSERT OR UPDATE ON inquiries
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER opinions_notice AFTER INSERT OR UPDATE ON opinions
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
CREATE TRIGGER attachments_notice AFTER INSERT OR DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION dsr_notice_request();
