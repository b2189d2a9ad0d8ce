-- The tracking book (Sổ theo dõi hồ sơ) lists a unit's dossiers by time of receipt (StoreTransaction.receivedBetween).
CREATE INDEX dossiers_received ON dossiers (unit_code, received_at);
