-- The application's own table; Roster's tables come from its own migrations.
create table if not exists team_welcome_notes (
    invitation_id uuid primary key,
    note varchar(200) not null
);
