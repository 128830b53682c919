//! The database: the only place with SQL. Functions take `&Connection` so they also work in a transaction.

pub mod invites;
pub mod login_failures;
pub mod sessions;
pub mod settings;
pub mod tokens;
pub mod users;

#[cfg(test)]
pub(crate) mod testing;
