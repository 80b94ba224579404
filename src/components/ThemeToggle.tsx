"use client";
/**
 * Dark/light switch. The choice is stored in localStorage and applied before first paint by the
 * inline script in the layout; until the reader chooses, the system preference rules.
 */
import { useEffect, useState } from "react";

type Theme = "light" | "dark";

const current = (): Theme => {
  const set = document.documentElement.getAttribute("data-theme");
  if (set === "light" || set === "dark") return set;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
};

export function ThemeToggle({ label }: { label: string }) {
  const [theme, setTheme] = useState<Theme | null>(null);
  // The theme an inline script applied before first paint exists only in the browser: read it once
  // after hydration (the server render has none), then the toggle owns it.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time read of browser-only state after hydration
  useEffect(() => setTheme(current()), []);

  const toggle = () => {
    const next: Theme = current() === "dark" ? "light" : "dark";
    document.documentElement.setAttribute("data-theme", next);
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Private modes may refuse storage: the switch still works for this page.
    }
    setTheme(next);
  };

  const dark = theme === "dark";
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : dark}
      className="needs-js no-print rounded-md border border-line px-2.5 py-1.5 text-sm text-fg hover:bg-panel"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span> {label}
    </button>
  );
}
