//! Accounts: the user as the rest of the app sees it, and the e-mail and display name parsed at the edge.

use super::Role;

/// A person with an account. Deactivated accounts keep their row so history keeps their name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Account id (history rows point at it).
    pub id: uuid::Uuid,
    /// Login e-mail, unique without regard to case.
    pub email: String,
    /// The name shown in history and reports.
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// False once an admin deactivated the account.
    pub active: bool,
    /// False while an invited account has not chosen its password yet.
    pub has_password: bool,
    /// Unix seconds.
    pub created_at: i64,
}

/// A syntactically plausible e-mail address, trimmed and lowercased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Accepts `local@domain` with no spaces, at most 254 bytes; the message says what is wrong.
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err("the e-mail address is missing");
        }
        if s.len() > 254 {
            return Err("the e-mail address is too long");
        }
        match s.split_once('@') {
            Some((local, domain))
                if !local.is_empty()
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && !s.chars().any(|c| c.is_whitespace() || c.is_control()) =>
            {
                Ok(Email(s))
            }
            _ => Err("the e-mail address does not look like name@example.org"),
        }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown for an account: 1 to 100 characters, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    /// Trims and checks the length; the message says what is wrong.
    pub fn parse(raw: &str) -> Result<DisplayName, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("the name is missing");
        }
        if s.chars().count() > 100 || s.chars().any(char::is_control) {
            return Err("the name must be at most 100 printable characters");
        }
        Ok(DisplayName(s.to_string()))
    }

    /// The trimmed name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lowercased() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").map(|e| e.0),
            Ok("ana@example.org".to_string())
        );
    }

    #[test]
    fn malformed_emails_are_refused_with_a_reason() {
        for bad in [
            "",
            "ana",
            "@example.org",
            "ana@",
            "a b@example.org",
            "a@b@c",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn display_name_must_be_present_and_short() {
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(101)).is_err());
        assert_eq!(
            DisplayName::parse(" Ana Lima ").map(|n| n.0),
            Ok("Ana Lima".into())
        );
    }
}
