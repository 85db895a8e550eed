import { redact } from "../../shared/core/text";

/** Where the module's words go; the host maps these to print/log/alert. */
export interface Output {
  /** Always shown: banner, help, dry run, the outcome. */
  print(text: string): void;
  /** Progress and what the server sent; silenced by -q. */
  info(text: string): void;
  /** What was sent; silenced by -q. */
  debug(text: string): void;
  warn(text: string): void;
  error(text: string): void;
}

/** Applies -q and makes sure the password can never be written anywhere. */
export function guardOutput(out: Output, password: string, quiet: boolean): Output {
  function clean(text: string): string { return redact(text, password); }
  function nothing(): void { /* silenced by -q */ }
  return {
    print: function (text: string): void { out.print(clean(text)); },
    info: quiet ? nothing : function (text: string): void { out.info(clean(text)); },
    debug: quiet ? nothing : function (text: string): void { out.debug(clean(text)); },
    warn: function (text: string): void { out.warn(clean(text)); },
    error: function (text: string): void { out.error(clean(text)); },
  };
}
