//! Which IP addresses a server-side fetch may connect to: public ones only, unless configuration allows
//! loopback or private networks. Checked on resolved addresses, so a host name cannot smuggle one in.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The class of an address, as far as fetching is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddrClass {
    /// Routable on the public internet.
    Global,
    /// 127.0.0.0/8 and ::1.
    Loopback,
    /// RFC 1918, shared (CGNAT), link-local, unique-local.
    Private,
    /// Unspecified, documentation, benchmarking, multicast, broadcast, reserved.
    Reserved,
}

/// The class of `ip` (IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address inside).
pub fn classify(ip: IpAddr) -> AddrClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> AddrClass {
    let [a, b, c, _] = ip.octets();
    if ip.is_loopback() {
        AddrClass::Loopback
    } else if ip.is_private() || ip.is_link_local() || (a == 100 && (64..128).contains(&b)) {
        AddrClass::Private
    } else if a == 0
        || a >= 224
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)
    {
        AddrClass::Reserved
    } else {
        AddrClass::Global
    }
}

fn classify_v6(ip: Ipv6Addr) -> AddrClass {
    let seg = ip.segments();
    if let Some(v4) = ip.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    if seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [_, _, _, _, _, _, hi, lo] = seg;
        return classify_v4(Ipv4Addr::new(
            (hi >> 8) as u8,
            hi as u8,
            (lo >> 8) as u8,
            lo as u8,
        ));
    }
    if ip.is_loopback() {
        AddrClass::Loopback
    } else if (seg[0] & 0xfe00) == 0xfc00 || (seg[0] & 0xffc0) == 0xfe80 {
        AddrClass::Private
    } else if ip.is_unspecified()
        || ip.is_multicast()
        || (seg[0] == 0x2001 && seg[1] == 0xdb8)
        || (seg[0] == 0x2001 && seg[1] < 0x200)
        || (seg[0] & 0xe000) != 0x2000
    {
        AddrClass::Reserved
    } else {
        AddrClass::Global
    }
}

/// What the configuration allows beyond public addresses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddrPolicy {
    /// Allow 127.0.0.0/8 and ::1 (tests, a proxy on the same machine).
    pub allow_loopback: bool,
    /// Allow private, shared and link-local networks (an intranet deployment).
    pub allow_private: bool,
}

impl AddrPolicy {
    /// True when a fetch may connect to `ip`.
    pub fn allows(&self, ip: IpAddr) -> bool {
        match classify(ip) {
            AddrClass::Global => true,
            AddrClass::Loopback => self.allow_loopback,
            AddrClass::Private => self.allow_private,
            AddrClass::Reserved => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(s: &str) -> AddrClass {
        classify(s.parse().expect("test address"))
    }

    #[test]
    fn public_addresses_are_global() {
        assert_eq!(class("93.184.216.34"), AddrClass::Global);
        assert_eq!(
            class("2606:2800:220:1:248:1893:25c8:1946"),
            AddrClass::Global
        );
    }

    #[test]
    fn loopback_private_link_local_and_unique_local_are_recognised() {
        assert_eq!(class("127.0.0.1"), AddrClass::Loopback);
        assert_eq!(class("::1"), AddrClass::Loopback);
        for private in [
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "fd00::1",
            "fe80::1",
        ] {
            assert_eq!(class(private), AddrClass::Private, "{private}");
        }
    }

    #[test]
    fn mapped_and_nat64_addresses_are_judged_by_the_ipv4_inside() {
        assert_eq!(class("::ffff:127.0.0.1"), AddrClass::Loopback);
        assert_eq!(class("::ffff:10.0.0.1"), AddrClass::Private);
        assert_eq!(class("64:ff9b::a9fe:a9fe"), AddrClass::Private);
    }

    #[test]
    fn unspecified_documentation_and_multicast_are_never_allowed() {
        let everything = AddrPolicy {
            allow_loopback: true,
            allow_private: true,
        };
        for reserved in [
            "0.0.0.0",
            "192.0.2.1",
            "224.0.0.1",
            "255.255.255.255",
            "::",
            "2001:db8::1",
            "ff02::1",
        ] {
            assert!(
                !everything.allows(reserved.parse().expect("test address")),
                "{reserved}"
            );
        }
    }

    #[test]
    fn loopback_is_allowed_only_when_configured() {
        let ip: IpAddr = "127.0.0.1".parse().expect("test address");
        assert!(!AddrPolicy::default().allows(ip));
        assert!(
            AddrPolicy {
                allow_loopback: true,
                allow_private: false
            }
            .allows(ip)
        );
    }
}
