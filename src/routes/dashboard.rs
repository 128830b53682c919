//! The dashboard on `/`: counts per status, claims reviewed per day (an SVG bar chart computed here,
//! drawn by the template), and the busiest sources with their verified/disputed split.

use time::{Date, Duration};

use crate::db::dashboard::{Day, SourceLine};
use crate::report::Counts;

/// Days shown in the chart.
pub const DAYS: i64 = 30;
const CHART_W: f64 = 600.0;
const CHART_H: f64 = 120.0;

/// One bar of the chart, in SVG user units.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: String,
    pub y: String,
    pub w: String,
    pub h: String,
    pub day: String,
    pub reviews: usize,
}

/// A source line with bar widths (percent of its claims) for verified and disputed.
pub struct SourceView {
    pub line: SourceLine,
    pub verified_pct: usize,
    pub disputed_pct: usize,
}

/// Everything the dashboard shows.
pub struct Dashboard {
    pub counts: Counts,
    pub bar: (usize, usize, usize),
    pub bars: Vec<Bar>,
    pub max: usize,
    pub total_reviews: usize,
    pub sources: Vec<SourceView>,
}

/// The first day of the chart, for `today`.
pub fn since(today: Date) -> Date {
    today - Duration::days(DAYS - 1)
}

/// Lays out one bar per day from `since(today)` to `today`, days without reviews at zero height.
pub fn bars(today: Date, days: &[Day]) -> (Vec<Bar>, usize) {
    let max = days.iter().map(|d| d.reviews).max().unwrap_or(0);
    let slot = CHART_W / DAYS as f64;
    let mut out = Vec::with_capacity(DAYS as usize);
    let mut day = since(today);
    for i in 0..DAYS {
        let name = day.to_string();
        let reviews = days.iter().find(|d| d.day == name).map_or(0, |d| d.reviews);
        let h = if max == 0 {
            0.0
        } else {
            CHART_H * reviews as f64 / max as f64
        };
        out.push(Bar {
            x: format!("{:.1}", i as f64 * slot + 1.0),
            y: format!("{:.1}", CHART_H - h),
            w: format!("{:.1}", slot - 2.0),
            h: format!("{h:.1}"),
            day: name,
            reviews,
        });
        day = day.next_day().unwrap_or(day);
    }
    (out, max)
}

/// Builds the dashboard from the stored numbers.
pub fn build(today: Date, counts: Counts, days: &[Day], sources: Vec<SourceLine>) -> Dashboard {
    let (bars, max) = bars(today, days);
    Dashboard {
        bar: super::view::percentages(counts.verified, counts.disputed, counts.pending),
        counts,
        total_reviews: bars.iter().map(|b| b.reviews).sum(),
        bars,
        max,
        sources: sources
            .into_iter()
            .map(|line| {
                let total = line.claims.max(1);
                SourceView {
                    verified_pct: line.verified * 100 / total,
                    disputed_pct: line.disputed * 100 / total,
                    line,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_busiest_day_fills_the_chart_and_empty_days_are_flat() {
        let today = date!(2026 - 11 - 27);
        let days = vec![
            Day {
                day: "2026-11-27".into(),
                reviews: 4,
            },
            Day {
                day: "2026-11-26".into(),
                reviews: 2,
            },
        ];
        let (bars, max) = bars(today, &days);
        assert_eq!(bars.len(), DAYS as usize);
        assert_eq!(max, 4);
        let last = bars.last().unwrap();
        assert_eq!(
            (last.day.as_str(), last.h.as_str(), last.y.as_str()),
            ("2026-11-27", "120.0", "0.0")
        );
        assert_eq!(bars[DAYS as usize - 2].h, "60.0");
        assert_eq!(bars[0].h, "0.0");
        assert_eq!(bars[0].day, "2026-10-29");
    }
}
