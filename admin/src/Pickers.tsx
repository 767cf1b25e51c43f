import type { SxProps } from "@mui/material";
import { AutocompleteInput, ReferenceInput, usePermissions, type Validator } from "react-admin";
import type { Permissions } from "./authProvider";
import { homeCongressId, homeRegionId } from "./reach";

/**
 * What a form's pickers offer: the congresses (and regions) of the account's jurisdiction, the same
 * home congress the lists open on (reach.ts). A platform administrator sees all of them.
 */
function useJurisdiction(): { congress: Record<string, string>; region: Record<string, string> } {
  const { permissions } = usePermissions<Permissions>();
  const congressId = homeCongressId(permissions);
  const regionId = homeRegionId(permissions);
  return { congress: congressId ? { withinId: congressId } : {}, region: regionId ? { withinId: regionId } : {} };
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
