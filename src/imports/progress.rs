//! The live progress line of `claimdesk import` on a terminal: one line redrawn in place, e.g.
//! `[####......] 3/10 importing URL`. Pure string building; the caller decides where it goes.

/// Cells in the bar between the brackets.
const BAR_CELLS: usize = 10;

/// Erases the current terminal line and returns the cursor to its start.
pub const CLEAR_LINE: &str = "\r\x1b[2K";

/// The bar for `done` of `total` items: `#` for the done share, `.` for the rest.
pub fn bar(done: usize, total: usize) -> String {
    let filled = (done.min(total) * BAR_CELLS)
        .checked_div(total)
        .unwrap_or(BAR_CELLS);
    format!("[{}{}]", "#".repeat(filled), ".".repeat(BAR_CELLS - filled))
}

/// The progress line shown while item `number` (1-based) of `total` is imported, at most `columns`
/// characters wide: the item is shortened from the left, where paths and URLs say least.
pub fn line(number: usize, total: usize, item: &str, columns: usize) -> String {
    let head = format!("{} {number}/{total} importing ", bar(number - 1, total));
    let room = columns.saturating_sub(head.chars().count() + 1).max(8);
    let count = item.chars().count();
    let item = if count <= room {
        item.to_string()
    } else {
        let tail: String = item.chars().skip(count - (room - 1)).collect();
        format!("…{tail}")
    };
    format!("{head}{item}")
}

/// The terminal's width from `COLUMNS` when the shell exports it, else 80.
pub fn columns() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c >= 20)
        .unwrap_or(80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_in_proportion_to_the_items_done() {
        assert_eq!(bar(0, 10), "[..........]");
        assert_eq!(bar(3, 10), "[###.......]");
        assert_eq!(bar(1, 3), "[###.......]");
        assert_eq!(bar(10, 10), "[##########]");
        assert_eq!(bar(0, 0), "[##########]", "nothing to do is done");
    }

    #[test]
    fn the_line_names_the_item_being_imported() {
        assert_eq!(
            line(4, 10, "https://news.example/a", 80),
            "[###.......] 4/10 importing https://news.example/a"
        );
    }

    #[test]
    fn a_long_item_is_cut_from_the_left_to_fit_the_terminal() {
        let item = format!("/home/me/saved/{}/bridge.html", "x".repeat(200));
        let shown = line(1, 2, &item, 60);
        assert_eq!(shown.chars().count(), 59);
        assert!(shown.ends_with("x/bridge.html") && shown.contains(" importing …"));
    }
}
