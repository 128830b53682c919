//! An account's role: viewer < reviewer < editor < admin; each role may do everything the ones below it may.

use serde::{Deserialize, Serialize};

/// What an account may do. The order of the variants is the order of power, so `a >= b` means
/// "a may do everything b may".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads and exports.
    Viewer,
    /// Also sets statuses and writes notes.
    Reviewer,
    /// Also adds, edits and deletes articles and claims.
    Editor,
    /// Also manages accounts and instance settings.
    Admin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Role; 4] = [Role::Viewer, Role::Reviewer, Role::Editor, Role::Admin];

    /// The lowercase name used in forms, the CLI, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Reviewer => "reviewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// The capitalised label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Role::Viewer => "Viewer",
            Role::Reviewer => "Reviewer",
            Role::Editor => "Editor",
            Role::Admin => "Admin",
        }
    }

    /// Parses the lowercase name (surrounding spaces and case ignored); `None` for an unknown role.
    pub fn parse(s: &str) -> Option<Role> {
        let s = s.trim();
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
    }

    /// True when this role may do what `needed` may.
    pub fn allows(self, needed: Role) -> bool {
        self >= needed
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn parse_ignores_case_and_spaces_but_rejects_unknown_roles() {
        assert_eq!(Role::parse(" Admin "), Some(Role::Admin));
        assert_eq!(Role::parse("owner"), None);
        assert_eq!(Role::parse(""), None);
    }

    #[test]
    fn roles_are_ordered_viewer_reviewer_editor_admin() {
        assert!(Role::Viewer < Role::Reviewer);
        assert!(Role::Reviewer < Role::Editor);
        assert!(Role::Editor < Role::Admin);
    }

    #[test]
    fn a_role_allows_its_own_actions_and_those_below_but_not_above() {
        assert!(Role::Editor.allows(Role::Reviewer));
        assert!(Role::Editor.allows(Role::Editor));
        assert!(!Role::Editor.allows(Role::Admin));
        assert!(!Role::Viewer.allows(Role::Reviewer));
        assert!(Role::Admin.allows(Role::Viewer));
    }
}
