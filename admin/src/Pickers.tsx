import type { SxProps } from "@mui/material";
import { AutocompleteInput, ReferenceInput, usePermissions, type Validator } from "react-admin";
import type { Permissions } from "./authProvider";

/**
 * What a form's pickers offer: the congresses (and regions) of the account's jurisdiction. A platform
 * administrator, or an account with grants at several congresses, sees all of them.
 */
function useJurisdiction(): { congress: Record<string, string>; region: Record<string, string> } {
  const { permissions } = usePermissions<Permissions>();
  if (!permissions || permissions.roles.includes("PLATFORM_ADMIN")) return { congress: {}, region: {} };
  const congresses = [...new Map(permissions.grants.filter((g) => g.congress).map((g) => [g.congress!.id, g.congress!])).values()];
  if (congresses.length !== 1) return { congress: {}, region: {} };
  return { congress: { withinId: congresses[0].id }, region: congresses[0].region ? { withinId: congresses[0].region.id } : {} };
}

interface PickerProps {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  sx?: SxProps;
  onChange?: (value: string) => void;
  /** Offer every record, not only the jurisdiction's (for filters over public data). */
  everywhere?: boolean;
}

export const CongressPicker = ({ source, label, validate, sx, onChange, everywhere }: PickerProps) => {
  const scope = useJurisdiction();
  return (
    <ReferenceInput source={source} reference="Congress" filter={everywhere ? {} : scope.congress}>
      <AutocompleteInput label={label} optionText="name" filterToQuery={(q: string) => ({ q })} validate={validate} sx={sx} onChange={onChange} />
    </ReferenceInput>
  );
};

export const RegionPicker = ({ source, label, validate, sx, everywhere }: PickerProps) => {
  const scope = useJurisdiction();
  return (
    <ReferenceInput source={source} reference="Region" filter={everywhere ? {} : scope.region}>
      <AutocompleteInput
        label={label}
        optionText={(r: { name: string; code: string }) => `${r.name}（${r.code}）`}
        filterToQuery={(q: string) => ({ q })}
        validate={validate}
        sx={sx}
      />
    </ReferenceInput>
  );
};
