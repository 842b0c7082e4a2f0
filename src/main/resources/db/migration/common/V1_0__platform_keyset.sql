-- Data keysets, each encrypted by the master key that lives outside the database.
create table platform_keyset (
    name             varchar(64) primary key,
    encrypted_keyset text not null,
    updated_at       timestamp(6) with time zone not null
);
