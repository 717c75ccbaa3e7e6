REM Partitioned tables -> PostgreSQL declarative partitioning.
REM RANGE: VALUES LESS THAN is exclusive; TO_DATE and DATE bounds; MAXVALUE last partition.
CREATE TABLE sales (
  sale_id NUMBER(10) NOT NULL,
  sold_on DATE NOT NULL,
  region VARCHAR2(10),
  amount NUMBER(10,2),
  CONSTRAINT sales_pk PRIMARY KEY (sale_id, sold_on)
)
PARTITION BY RANGE (sold_on)
( PARTITION p2020 VALUES LESS THAN (TO_DATE('2021-01-01', 'YYYY-MM-DD')) TABLESPACE ts_old COMPRESS,
  PARTITION p2021 VALUES LESS THAN (DATE '2022-01-01') PCTFREE 10 STORAGE (INITIAL 1M),
  PARTITION pmax VALUES LESS THAN (MAXVALUE)
)
ENABLE ROW MOVEMENT;
CREATE INDEX sales_region_ix ON sales (region) LOCAL;
CREATE INDEX sales_amount_ix ON sales (amount) GLOBAL;
CREATE INDEX sales_day_ix ON sales (sold_on, region)
  LOCAL (PARTITION i2020 TABLESPACE ix1, PARTITION i2021, PARTITION imax) TABLESPACE ix2 NOLOGGING;

REM Multi-column RANGE: bounds compare as tuples.
CREATE TABLE readings (
  yr NUMBER(4) NOT NULL,
  mon NUMBER(2) NOT NULL,
  val NUMBER
)
PARTITION BY RANGE (yr, mon)
( PARTITION h1_2020 VALUES LESS THAN (2020, 7),
  PARTITION h2_2020 VALUES LESS THAN (2021, 1),
  PARTITION y2021 VALUES LESS THAN (2021, MAXVALUE),
  PARTITION later VALUES LESS THAN (MAXVALUE, MAXVALUE)
);

REM INTERVAL: the listed partitions are created; new ones are not (reported).
CREATE TABLE events (
  event_id NUMBER(10),
  happened DATE
)
PARTITION BY RANGE (happened) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
( PARTITION e_2024_01 VALUES LESS THAN (TO_DATE('2024-02-01', 'YYYY-MM-DD')),
  PARTITION e_2024_02 VALUES LESS THAN (TO_DATE('2024-03-01', 'YYYY-MM-DD'))
);

REM LIST with NULL and DEFAULT.
CREATE TABLE customers (
  cust_id NUMBER(10),
  country VARCHAR2(2),
  name VARCHAR2(40)
)
PARTITION BY LIST (country)
( PARTITION europe VALUES ('DE', 'FR', 'NL'),
  PARTITION america VALUES ('US', 'CA'),
  PARTITION unknown VALUES (NULL),
  PARTITION others VALUES (DEFAULT)
);

REM HASH: PARTITIONS n, and named partitions.
CREATE TABLE sessions (session_id NUMBER(10) PRIMARY KEY, user_name VARCHAR2(30))
PARTITION BY HASH (session_id) PARTITIONS 4 STORE IN (ts1, ts2);
CREATE TABLE tokens (token_id NUMBER(10), owner VARCHAR2(30))
PARTITION BY HASH (token_id) (PARTITION t_a TABLESPACE ts1, PARTITION t_b TABLESPACE ts2);

REM Composite range-hash: SUBPARTITIONS n for the table, an explicit list for one partition.
CREATE TABLE orders (
  order_id NUMBER(10),
  ordered DATE,
  cust_id NUMBER(10)
)
PARTITION BY RANGE (ordered) SUBPARTITION BY HASH (cust_id) SUBPARTITIONS 2
( PARTITION o_2023 VALUES LESS THAN (DATE '2024-01-01'),
  PARTITION o_2024 VALUES LESS THAN (DATE '2025-01-01')
    (SUBPARTITION o_2024_a, SUBPARTITION o_2024_b, SUBPARTITION o_2024_c)
);

REM Composite range-list with a SUBPARTITION TEMPLATE.
CREATE TABLE shipments (
  ship_id NUMBER(10),
  shipped DATE,
  carrier VARCHAR2(10)
)
PARTITION BY RANGE (shipped) SUBPARTITION BY LIST (carrier)
SUBPARTITION TEMPLATE (
  SUBPARTITION ups VALUES ('UPS'),
  SUBPARTITION dhl VALUES ('DHL'),
  SUBPARTITION rest VALUES (DEFAULT)
)
( PARTITION s_2023 VALUES LESS THAN (DATE '2024-01-01'),
  PARTITION s_later VALUES LESS THAN (MAXVALUE)
);

REM Composite list-range: own subpartitions for one partition, Oracle's default for the other.
CREATE TABLE accounts (
  acct_id NUMBER(10),
  kind VARCHAR2(1),
  opened DATE
)
PARTITION BY LIST (kind) SUBPARTITION BY RANGE (opened)
( PARTITION personal VALUES ('P')
    ( SUBPARTITION personal_old VALUES LESS THAN (DATE '2000-01-01'),
      SUBPARTITION personal_new VALUES LESS THAN (MAXVALUE) ),
  PARTITION business VALUES ('B')
);

REM Not convertible: REFERENCE, SYSTEM, multi-column LIST: the tables stay unpartitioned.
CREATE TABLE order_lines (
  line_id NUMBER(10),
  order_id NUMBER(10) NOT NULL,
  CONSTRAINT order_lines_fk FOREIGN KEY (order_id) REFERENCES sales_orders (order_id)
)
PARTITION BY REFERENCE (order_lines_fk);
CREATE TABLE blobs (blob_id NUMBER(10), data RAW(100)) PARTITION BY SYSTEM PARTITIONS 4;
CREATE TABLE stock (item VARCHAR2(10), site VARCHAR2(5), qty NUMBER)
PARTITION BY LIST (item, site) (PARTITION a VALUES (('X', 'S1')), PARTITION b VALUES (DEFAULT));

REM The primary key lacks the partition column: the key wins, the table stays unpartitioned.
CREATE TABLE invoices (
  invoice_id NUMBER(10) PRIMARY KEY,
  issued DATE NOT NULL
)
PARTITION BY RANGE (issued)
( PARTITION i_old VALUES LESS THAN (DATE '2020-01-01'),
  PARTITION i_new VALUES LESS THAN (MAXVALUE)
);

REM AUTOMATIC list partitioning: new values get no partition in PostgreSQL (reported).
CREATE TABLE tickets (ticket_id NUMBER(10), queue VARCHAR2(10))
PARTITION BY LIST (queue) AUTOMATIC (PARTITION q_support VALUES ('SUPPORT'));

REM A foreign key referencing a partitioned table (its key holds the partition column).
CREATE TABLE sale_notes (
  note_id NUMBER(10) PRIMARY KEY,
  sale_id NUMBER(10) NOT NULL,
  sold_on DATE NOT NULL,
  CONSTRAINT sale_notes_fk FOREIGN KEY (sale_id, sold_on) REFERENCES sales (sale_id, sold_on)
);

REM Forms the model does not read stay visible: the table deploys unpartitioned.
CREATE TABLE sharded (id NUMBER(10)) PARTITION BY CONSISTENT HASH (id) PARTITIONS AUTO TABLESPACE SET ts;

REM Composite hash-hash: PARTITIONS n after the SUBPARTITION BY clause.
CREATE TABLE clicks (click_id NUMBER(10), user_id NUMBER(10))
PARTITION BY HASH (click_id) SUBPARTITION BY HASH (user_id) SUBPARTITIONS 2 PARTITIONS 2;
