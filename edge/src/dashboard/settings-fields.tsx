/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { one, type FieldErrors, type FormValues } from "./settings-form.ts";

/** What every field needs: the form's values and its errors, both keyed by field name. */
export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

interface FieldProps {
  form: FormState;
  name: string;
  label: string;
  hint?: Child;
}

const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;

/** The error line(s) of a field, announced and linked to the control by aria-describedby. */
function Errors({ form, name }: { form: FormState; name: string }) {
  const messages = form.errors[name];
  if (messages === undefined) return null;
  return (
    <p class="field-error" id={`${idOf(name)}-error`} data-error-for={name}>
      {messages.join(" ")}
    </p>
  );
}

const invalid = (form: FormState, name: string) =>
  form.errors[name] ? { "aria-invalid": "true", "aria-describedby": `${idOf(name)}-error` } : {};

function Wrap(props: FieldProps & { children: Child }) {
  return (
    <div class="field">
      <label for={idOf(props.name)}>
        <span>{props.label}</span>
      </label>
      {props.children}
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <Errors form={props.form} name={props.name} />
    </div>
  );
}

export function TextField(props: FieldProps & { type?: "text" | "number" | "url" | "email" | "time"; step?: string }) {
  return (
    <Wrap {...props}>
      <input
        id={idOf(props.name)}
        name={props.name}
        type={props.type === "number" ? "text" : (props.type ?? "text")}
        inputmode={props.type === "number" ? "decimal" : undefined}
        value={one(props.form.values[props.name])}
        {...invalid(props.form, props.name)}
      />
    </Wrap>
  );
}

export function TextArea(props: FieldProps) {
  return (
    <Wrap {...props}>
      <textarea id={idOf(props.name)} name={props.name} {...invalid(props.form, props.name)}>
        {one(props.form.values[props.name])}
      </textarea>
    </Wrap>
  );
}

export function Select(props: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const current = one(props.form.values[props.name]);
  return (
    <Wrap {...props}>
      <select id={idOf(props.name)} name={props.name} {...invalid(props.form, props.name)}>
        {props.options.map(([value, text]) => (
          <option value={value} selected={value === current}>
            {text}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function Checkbox(props: FieldProps) {
  return (
    <div class="field">
      <label class="check">
        <input type="checkbox" id={idOf(props.name)} name={props.name} checked={one(props.form.values[props.name]) !== ""} />
        <span>{props.label}</span>
      </label>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <Errors form={props.form} name={props.name} />
    </div>
  );
}

/** Several checkboxes sharing one name: the form sends every ticked value. */
export function Choices(props: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const value = props.form.values[props.name];
  const ticked = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <fieldset id={idOf(props.name)} {...invalid(props.form, props.name)}>
      <legend>{props.label}</legend>
      <div class="choices">
        {props.options.map(([v, text]) => (
          <label class="check">
            <input type="checkbox" name={props.name} value={v} checked={ticked.has(v)} />
            {text}
          </label>
        ))}
      </div>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <Errors form={props.form} name={props.name} />
    </fieldset>
  );
}
