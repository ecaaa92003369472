-- Breach proposals from tsa.employment.v1 find the running contract by a member's person key (D-39):
-- a containment search on the members of signed or extended contracts.
CREATE INDEX contract_running_members ON contract USING gin ((document -> 'members') jsonb_path_ops)
    WHERE status IN ('SIGNED', 'EXTENDED');
