import { clientAddress, parseTrustedProxies } from "../../api/auth/client-address";
import { loadConfig } from "../../api/config";

describe("the client address behind trusted proxies", () => {
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, ::1");

  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", parseTrustedProxies(""))).toBe("203.0.113.9");
    expect(clientAddress("10.1.1.1", "1.2.3.4", parseTrustedProxies(undefined))).toBe("10.1.1.1");
  });

  it("is the socket address when the peer is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", proxies)).toBe("203.0.113.9");
  });

  it("is the right-most untrusted address of X-Forwarded-For behind trusted proxies; a forged left part is ignored", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:10.0.0.2", "6.6.6.6, 198.51.100.7, 10.3.3.3", proxies)).toBe("198.51.100.7");
    expect(clientAddress("::1", "2001:db8::5, 192.168.1.5", proxies)).toBe("2001:db8::5");
  });

  it("stays at the last trusted hop when the header is missing or holds garbage", () => {
    expect(clientAddress("10.0.0.2", undefined, proxies)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "not-an-ip, 10.0.0.9", proxies)).toBe("10.0.0.9");
  });

  it("TRUSTED_PROXIES is validated at start-up", () => {
    expect(loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8,::1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8,::1");
    expect(() => loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8,proxy.local" })).toThrow(/TRUSTED_PROXIES/);
  });
});
