import { Box, Typography } from "@mui/material";

export interface Bar {
  key: string;
  label: string;
  value: number | undefined;
}

/** Horizontal bars: numbers compared at a glance, drawn with plain elements (no chart library, no CDN). */
export const BarChart = ({ bars, testId, labelWidth = "7em" }: { bars: Bar[]; testId: string; labelWidth?: string }) => {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <Box data-testid={testId} sx={{ display: "grid", gridTemplateColumns: `${labelWidth} 1fr 4em`, gap: 1, alignItems: "center" }}>
      {bars.map((bar) => (
        <Box key={bar.key} sx={{ display: "contents" }}>
          <Typography variant="body2">{bar.label}</Typography>
          <Box sx={{ background: "#eceff1", borderRadius: 1, height: 18 }}>
            <Box sx={{ width: `${((bar.value ?? 0) / max) * 100}%`, height: "100%", borderRadius: 1, background: "#c62828" }} />
          </Box>
          <Typography variant="body2" align="right" data-testid={`${testId}-${bar.key}`}>
            {bar.value ?? "…"}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
