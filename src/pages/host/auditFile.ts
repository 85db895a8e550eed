import { auditLogPath } from "../../hub/host/auditLog";
import { OpenLog } from "../core/app";

/**
 * The audit log opened for reading by offset, or null when the hub has written none yet:
 * "rb" (one char per byte, so offsets are byte offsets) and shareable, since the hub goes on
 * appending to it meanwhile.
 */
export function openAuditLog(): OpenLog | null {
  var path = auditLogPath();
  if (!file_exists(path)) return null;
  var file = new File(path);
  if (!file.open("rb", true)) return null;
  return {
    size: file.length,
    read: function (offset: number, length: number): string | null {
      file.position = offset;
      return file.read(length);
    },
    close: function (): void {
      file.close();
    },
  };
}
