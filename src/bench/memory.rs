//! The process's memory as the kernel counts it: resident set and its high-water mark.

use std::fmt;

/// Resident memory now and at its peak, in KiB; `None` where the platform does not say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    pub resident_kib: Option<u64>,
    pub peak_kib: Option<u64>,
}

impl Memory {
    /// Reads `/proc/self/status` (Linux); elsewhere both figures are unknown.
    pub fn read() -> Self {
        std::fs::read_to_string("/proc/self/status")
            .map(|status| Self::parse(&status))
            .unwrap_or_default()
    }

    /// Takes `VmRSS` and `VmHWM` (kB lines) from a `/proc/<pid>/status` text.
    pub fn parse(status: &str) -> Self {
        let field = |name: &str| {
            status.lines().find_map(|line| {
                let rest = line.strip_prefix(name)?.strip_prefix(':')?;
                rest.trim().strip_suffix("kB")?.trim().parse().ok()
            })
        };
        Self {
            resident_kib: field("VmRSS"),
            peak_kib: field("VmHWM"),
        }
    }
}

impl fmt::Display for Memory {
    /// `rss_kib=N peak_kib=N`, with `-` for an unknown figure.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |value: Option<u64>| value.map_or_else(|| "-".to_owned(), |v| v.to_string());
        write!(
            f,
            "rss_kib={} peak_kib={}",
            show(self.resident_kib),
            show(self.peak_kib)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resident_and_peak_come_from_their_own_lines() {
        let status = "Name:\tscarwise\nVmPeak:\t 9999999 kB\nVmHWM:\t  261234 kB\n\
                      VmRSS:\t  220456 kB\nVmSwap:\t       0 kB\n";
        let memory = Memory::parse(status);
        assert_eq!(memory.resident_kib, Some(220_456));
        assert_eq!(
            memory.peak_kib,
            Some(261_234),
            "VmHWM, not VmPeak (virtual)"
        );
        assert_eq!(memory.to_string(), "rss_kib=220456 peak_kib=261234");
    }

    #[test]
    fn a_platform_without_the_figures_says_so() {
        let memory = Memory::parse("Name:\tscarwise\n");
        assert_eq!(memory, Memory::default());
        assert_eq!(memory.to_string(), "rss_kib=- peak_kib=-");
    }
}
