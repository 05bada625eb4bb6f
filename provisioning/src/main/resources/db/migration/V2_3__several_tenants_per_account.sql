-- An account may be a user in several customer tenants (a partner's designer who works for several customers, or
-- who copies from another tenant as Viewer): one membership per (customer, account) instead of one per account.
ALTER TABLE customer_user DROP CONSTRAINT customer_user_account_id_key;
ALTER TABLE customer_user ADD CONSTRAINT customer_user_customer_account_key UNIQUE (customer_id, account_id);
CREATE INDEX customer_user_account_idx ON customer_user (account_id);
